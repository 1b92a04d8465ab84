import { usccCheckChar } from '../rules/uscc'
import type { DemandListInput } from './demand-list'
import type { SupplyListInput } from './supply-list'

/**
 * Complete, valid example lists for tests (contracts, Excel round trips, routes). Every section has
 * at least one row so a test that drops one sees the effect.
 */
export const withCheckChar = (first17: string) => first17 + usccCheckChar(first17)

export function sampleSupplyList(): SupplyListInput {
  return {
    year: 2026,
    filledBy: '王老师',
    filledByPhone: '0531-51793802',
    filledAt: '2026-03-01',
    college: {
      name: '山东示例职业技术学院',
      uscc: withCheckChar('12370100MB1234567'),
      contactName: '李明',
      contactPhone: '13905310001',
      contactTitle: '教务处处长/教授',
      contactEmail: 'liming@example.edu.cn',
    },
    majors: [{ majorCode: '460103' }, { majorCode: '460104' }],
    enrolments: [
      { majorCode: '460103', grade: 1, count: 120 },
      { majorCode: '460103', grade: 2, count: 110 },
      { majorCode: '460104', grade: 1, count: 90 },
    ],
    cohorts: [
      {
        majorCode: '460103', year: 2025, count: 100, employedCount: 95,
        destinations: [
          { type: 'private', count: 60, mainPositions: ['数控车工', '工艺员'] },
          { type: 'state_owned', count: 30, mainPositions: ['设备维护'] },
        ],
      },
      { majorCode: '460104', year: 2024, count: 80, destinations: [] },
    ],
    faculty: [{ majorCode: '460103', fullTime: 24, seniorTitleShare: 0.375, partTimeFromIndustry: 8, industryBackground: '机床制造、汽车零部件' }],
    equipment: [
      { name: '五轴加工中心', model: 'DMU 50', quantity: 2, coreFunction: '复杂曲面零件加工', open: true, openHours: '工作日 8:30-17:00', fee: 'paid', feeNote: '按机时收费', cooperationMode: '预约使用' },
      { name: '三坐标测量机', quantity: 1, coreFunction: '精密尺寸检测', open: false },
    ],
    researchProjects: [
      { name: '高精度主轴热变形补偿', level: 'enterprise', outcomeType: '新工艺', commissioningUnit: '济南示例机床有限公司', amountWan: 35.5, finished: true, year: 2025 },
    ],
    ip: [{ kind: 'invention_patent', name: '一种刀具磨损在线检测装置', number: 'ZL202410000000.1', year: 2024 }],
    trainingCourses: [
      { title: '五轴编程提升班', content: '五轴加工工艺与后处理', format: 'offline', periodDays: 5, hours: 40, yearlyCapacity: 200, seatsPerSession: 30, startDate: '2026-09-01', fee: 1200 },
    ],
    cases: [{ title: '数控订单班', partner: '济南示例机床有限公司', content: '校企共建订单班，共同制定培养方案', outcome: '三年输送毕业生120人', year: 2025 }],
  }
}

export function sampleDemandList(): DemandListInput {
  return {
    filledBy: '张经理',
    filledByPhone: '13805310002',
    filledAt: '2026-03-02',
    org: {
      name: '济南示例机床有限公司',
      uscc: withCheckChar('91370100MA3C4D5E6'),
      nature: 'private',
      contactName: '赵强',
      contactPhone: '0531-88886666',
      contactTitle: '人力资源部经理',
      contactEmail: 'hr@example.com',
    },
    labelIds: ['chain_leader'],
    jobs: [
      {
        title: '数控车工', type: 'full_time', headcount: 12, education: 'associate', minYearsExperience: 0, cityCode: '370100',
        salaryMin: 6000, salaryMax: 9000, description: '负责数控车床操作与首件检验', majorCodes: ['460103', '460104'],
        skills: [{ name: '数控车床编程', level: 'intermediate' }, { name: '零件测量', level: 'basic' }],
      },
      {
        title: '设备维修技师', type: 'apprenticeship', headcount: 3, education: 'secondary_vocational', minYearsExperience: 2, cityCode: '370200',
        salaryMin: 7000, salaryMax: 7000, description: '机床电气与液压故障排除', majorCodes: [], skills: [{ name: 'PLC维修', level: 'technician' }],
      },
    ],
    trainingNeeds: [
      { content: '五轴加工工艺', audience: '一线技术工人', perSession: 20, perYear: 80, periodText: '每季度一期，每期3天', periodDays: 3, format: 'hybrid' },
    ],
    challenges: [{ title: '主轴热变形', problem: '连续加工4小时后精度下降', target: '热漂移控制在5微米以内', deadline: '2026-12-31', budgetWan: 50 }],
    resourceRequests: [{ kind: 'equipment', description: '三坐标测量机定期检测', cooperationMode: 'equipment_sharing', cooperationNote: '每月两次' }],
    cooperationModes: ['joint_lab', 'order_class'],
    cooperationNote: '优先与济南本地院校合作',
  }
}
