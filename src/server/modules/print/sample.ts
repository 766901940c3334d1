import { applicationFees } from '../../../domain/application/fees';
import type { PrintableApplication } from './printable';

/**
 * A realistic application — a 临床执业医师 candidate with a ticked residency training and an assistant certificate:
 * the input of the warm-up render after start-up (warm-up.ts), of the print tests and of bench/print.ts.
 */
export function sampleApplication(photoJpeg: Buffer | null): PrintableApplication {
  return {
    registrationNumber: '2026110110100012345',
    serialNumber: null,
    exam: { code: '2026110', name: '临床执业医师', level: '执业医师', category: '临床', categoryCode: '110' },
    area: { code: '11', name: '北京市' },
    site: { code: '1101', name: '东城区考点' },
    candidate: {
      name: '欧阳晓蕾',
      gender: 'F',
      birthDate: '1996-03-07',
      idType: 'RESIDENT_ID',
      idNumber: '11010119960307124X',
      nationality: 'CN',
      ethnicity: '01',
      mainlandPermitNumber: null,
    },
    contact: {
      mobile: '13812345678',
      email: 'ouyang.xiaolei@example.com',
      homePhone: '010-65123456',
      workPhone: '010-65234567-8021',
      address: '北京市东城区东单北大街帅府园一号',
      postalCode: '100730',
    },
    work: {
      employmentStatus: '试用期',
      unitName: '中国医学科学院北京协和医院',
      unitRegion: '北京市东城区',
      unitAffiliation: '地方',
      militaryIdentity: null,
      title: '医师',
      titleObtainedOn: '2024-08',
      position: '住院医师',
    },
    education: {
      origin: '大陆',
      category: '高等医学教育',
      schoolName: '北京大学医学部',
      studyForm: '普通全日制',
      level: '本科',
      degree: '学士',
      lengthYears: 5,
      majorName: '临床医学',
      graduatedOn: '2019-07',
      diplomaNumber: '100011201905001234',
    },
    trainings: [{ type: '住院医师规范化培训', startedOn: '2019-09', result: '合格', unitName: '北京协和医院' }],
    certificates: [
      {
        type: '执业助理医师',
        issuedOn: '2021-12',
        certificateNumber: '202111110110000000000001234',
        registeredOn: '2022-03',
        registrationNumber: '110110000123456',
      },
    ],
    attempts: 2,
    additionalSubject: null,
    skillsExamExempt: false,
    fees: applicationFees({ skillsFen: 5000, writtenFen: 12000 }, { skillsExempt: false }),
    submittedAt: new Date('2026-01-16T10:02:30Z'),
    materials: [
      '《医师资格考试网上报名成功通知单》',
      '本人有效身份证明原件及复印件',
      '毕业证书原件及复印件',
      '试用机构出具的《医师资格考试试用期考核证明》',
      '执业助理医师《医师资格证书》《医师执业证书》原件及复印件，《执业助理医师报考执业医师执业期考核证明》',
      '工作单位《医疗机构执业许可证》副本复印件',
    ],
    photoJpeg,
  };
}
