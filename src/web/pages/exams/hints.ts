import type { EditableStep } from '../../../domain/application/steps';

/**
 * The Chinese label of every field a wizard step sends or the server names in an answer (its `fields`, e.g. the
 * eligibility rules' photo, work, educationIds), so the error summary says which part of the step is meant.
 */
export const WIZARD_FIELD_LABELS: Readonly<Record<string, string>> = {
  step: '报名步骤',
  examId: '报考科目',
  photo: '照片',
  permit: '往来大陆通行证',
  permitType: '通行证类型',
  permitNumber: '通行证号码',
  militaryIdentity: '本人身份',
  work: '工作情况',
  confirmed: '信息核对',
  educationIds: '用于报考的教育经历',
  residencyTraining: '是否参加过住院医师规范化培训',
  trainingIds: '住院医师规范化培训经历',
  certificateIds: '执业助理医师证书',
  areaCode: '考区',
  siteId: '考点',
  attempts: '累计报考次数',
  additionalSubject: '加试科目',
};

/** The hints of each step, in the words of the operator's guide (二、考试报名). */
export const STEP_HINTS: Record<EditableStep | 'exam', readonly string[]> = {
  exam: [
    '请在下拉框中设置需要报考考试项目的条件，点击“搜索”，然后在检索结果中选择要报考的项目，单击“报名”按钮开始报名。',
  ],
  basic: [
    '若在个人信息中尚未上传照片，请在此处上传（照片要求为 jpg 格式文件，不要大于 40KB）。',
    '台港澳人士参加医学考试时需要填写“往来大陆通行证”一项。',
    '现役军人（需要加考军事医学）人员需要准确填写“本人身份”一项。',
  ],
  work: [
    '获取职称年月的格式为 YYYY-MM，如 2008-03。',
    '以研究生学历报考的考生应注意：若本人为当年毕业研究生，尚未获取毕业证书，在岗情况须选择“当年毕业研究生”。',
    '若您获取有职务、职称等信息，请予以准确填写，这将有利于为您提供更加详尽的成绩分析服务。',
    '修改工作情况后请先点击该组的“提交”保存，再核对并点击“下一步”。',
  ],
  education: [
    '请勾选用于报考的教育经历（左上角的“选择”框）；若个人信息中没有相应经历，可通过栏目右侧的“添加”按钮补充。',
    '以研究生学历报考的考生，除选择研究生一级的教育经历之外，还应补充相应本科/专科的教育经历（但不用勾选）。',
    '当年毕业研究生可不用输入毕业证书编号（在工作情况的在岗情况中应选择“当年毕业研究生”），师承或确有专长者可不用填写毕业证书编号。',
    '除住院医师规范化培训类型的培训经历之外，其他培训经历不用勾选。',
    '在此处新增的教育/培训经历须先提交保存，保存后方可勾选。',
  ],
  certificate: [
    '以中专学历报考执业医师的考生，须勾选“执业助理医师”证书；其他情况此步可直接点击“下一步”跳过。',
    '证书类型注意选择为“执业助理医师”（“执业助理医师(乡镇)”类型不具备报考资格）。',
    '发证年月为执业助理医师资格证书的颁发年月（格式为 YYYY-MM）；证书编号为执业助理医师资格证上的编号。',
    '注册年月、注册编号为执业证书上的注册年月和注册号码，注意与资格证书区分开。',
  ],
  confirm: [
    '请再次检查本次报名信息，并选择报考的考区和考点（本人所在地或工作单位所在的考区、考点）。',
    '累计报考次数为相同级别、相同类别的报考次数累计（含本次）；首次报考填 1。',
    '现役军人可选加试“军事医学”；在院前急救或儿科岗位工作且报考临床执业医师的考生可选加试“院前急救”或“儿科”，通过后限定在该专业或岗位范围内执业。',
    '报名信息提交后不能修改，请务必检查报考科目、考区和考点是否正确。',
  ],
};
