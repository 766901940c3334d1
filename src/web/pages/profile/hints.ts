import { ADDRESS_MAX_LENGTH } from '../../../domain/contact/address';
import { DIPLOMA_NUMBER_LENGTH } from '../../../domain/profile/diploma';

/**
 * The hints under the fields of 个人信息, in the words of the operator's guide (完善个人信息 and 网上报名表填写说明);
 * the rules themselves live in the domain schemas.
 */
export const PROFILE_HINTS = {
  halfWidth: '所有手工填写内容均须为半角（请将输入法切换到英文状态）。',
  yearMonth: '输入的年月信息格式为 YYYY-MM，中间需要加横杠（如 2009 年 6 月应填写为 2009-06）。',
  homePhone: '号码格式：家庭所在地长途区号（3至5位）-电话号码（6至8位）-分机号（选填），如 010-12345678。',
  workPhone: '号码格式：单位所在地长途区号（3至5位）-电话号码（6至8位）-分机号（选填），如 0755-1234567-123。',
  mobileMainland: '大陆地区手机号码固定11位，第一位不能为“0”。',
  mobileOther: '非大陆地区手机号码为6到11位数字，第一位不能为“0”。',
  email: '常用电子邮件地址，长度为5到60个字符。',
  address: `地址应详细说明所在省、市、区、街道、门牌号情况，长度不超过${ADDRESS_MAX_LENGTH}个汉字。通讯地址为以后联系考生的有效地址，必须准确填写。`,
  postalCodeMainland: '常用联系地址的邮政编码，大陆地区为6位数字。',
  postalCodeOther: '常用联系地址的邮政编码，非大陆地区最短3位，最长不得超过6位。',
  employmentStatus: '请在下拉菜单中选择在岗情况：试用期、在职、当年毕业研究生。',
  unitAffiliation: '工作单位隶属于军队、武警或公安的，请如实选择，并填写本人身份。',
  workUnit:
    '可先选择所在地区，再输入单位名称的拼音首字母、关键字或机构代码进行检索，选择工作单位名称。检索列表中没有的，可按提示申请添加数据字典库，待添加成功后方可选择。',
  workUnitStudent: '在校研究生请选择实习单位。',
  militaryIdentity:
    '本项仅限单位隶属为军队、武警、公安的考生填写。现役军人请在第1、2、4、5项中选择其中一项，聘用人员请在第3、6项中选择一项。',
  titleObtainedOn: '填写获得该职称的年月，格式为 YYYY-MM，如 2008-03。',
  position: '选填，如：科主任、住院医师。',
  level: '选择“传统医学师承或确有专长”与“无学历”时，无须填写毕业学校及毕业年月；选择“无学历”时，无须填写学习形式。',
  school:
    '直接使用拼音首字母或关键字进行检索，选择毕业学校（如北京大学，可直接输入 bjdx）。检索列表中不存在的，可按提示申请添加数据字典库，待添加成功后方可选择。',
  schoolAbroad: '境外（含港澳台）学校可检索选择“境外（含港澳台）院校”，并在下方按毕业证书填写学校名称。',
  schoolName: '按毕业证书上的校名填写。',
  major: '可使用拼音首字母或关键字进行检索；同名专业请按专业代码区分本科与专科。',
  graduatedOn: '需手工输入，格式为 YYYY-MM（如毕业年月为 2009 年 6 月应填写为 2009-06）。',
  graduatedOnStudent: '当年毕业研究生可填写今年的预计毕业年月。',
  diplomaElectronic: `按毕业证书上的${DIPLOMA_NUMBER_LENGTH}位电子注册号填写，只能是数字，不得有空格、标点符号。`,
  diplomaPrinted: '按相应学历毕业证上的证书编码填写，不得有空格、标点符号。',
  diplomaOptional: '在校研究生、无学历或师承人员，可不填写毕业证书编号。',
  trainingType: '只有“住院医师规范化培训”可在报名时作为培训经历勾选。',
  trainingUnit: '填写参加培训时的工作单位名称。',
  certificateIssuedOn: '填写获得执业助理医师资格证书的年月（见《医师资格证书》），格式为 YYYY-MM。',
  certificateNumber: '按《医师资格证书》上的证书编号填写，不得有空格、标点符号。',
  registeredOn: '按《医师执业证书》上的注册年月填写，格式为 YYYY-MM；注意与资格证书区分开。',
  registrationNumber: '执业助理医师注册登记号（见《医师执业证书》），请务必填写正确，不得有空格、标点符号。',
  photo: '近期（6个月内）小2寸白底证件照，jpg 格式，文件不要大于 {max}。',
} as const;
